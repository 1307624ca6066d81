// bantin's default theme: the few things a reader's browser does. No framework, nothing fetched.
// Without JavaScript the page still works: the menu is open, and the buttons below stay hidden.
(function () {
  "use strict";

  // "Xem với cỡ chữ A A": steps of the article text size, remembered for the next pages.
  var textSizeKey = "bantin.co-chu";
  var textSizes = ["0.875", "1", "1.125", "1.25", "1.375", "1.5"];

  function currentTextSize() {
    var value = getComputedStyle(document.documentElement).getPropertyValue("--co-chu").trim();
    var index = textSizes.indexOf(value);
    return index === -1 ? 1 : index;
  }

  function setTextSize(index) {
    var value = textSizes[Math.max(0, Math.min(textSizes.length - 1, index))];
    document.documentElement.style.setProperty("--co-chu", value);
    try {
      localStorage.setItem(textSizeKey, value);
    } catch (error) {
      // Private browsing or storage turned off: the size still changes on this page.
    }
  }

  document.querySelectorAll(".text-size").forEach(function (control) {
    control.hidden = false;
    control.addEventListener("click", function (event) {
      var button = event.target.closest("[data-text-size]");
      if (button) setTextSize(currentTextSize() + Number(button.dataset.textSize));
    });
  });

  // The menu on narrow screens: a button opens and closes it (CSS hides the button on wide screens).
  document.querySelectorAll(".menu-toggle").forEach(function (toggle) {
    var menu = document.getElementById(toggle.getAttribute("aria-controls"));
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.classList.toggle("is-open", open);
    });
  });

  // "In bài viết": the print stylesheet keeps only the article.
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // "Sao chép liên kết": the Clipboard API where the page is served securely, else the older copy command.
  function copyWithSelection(text) {
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try {
      copied = document.execCommand("copy");
    } catch (error) {
      copied = false;
    }
    document.body.removeChild(field);
    return copied ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  document.querySelectorAll(".copy-link").forEach(function (button) {
    var status = button.parentElement.querySelector(".copy-status");
    button.hidden = false;
    button.addEventListener("click", function () {
      var url = button.dataset.url;
      var copy = navigator.clipboard && window.isSecureContext
        ? navigator.clipboard.writeText(url).catch(function () { return copyWithSelection(url); })
        : copyWithSelection(url);
      copy.then(function () {
        status.textContent = "Đã sao chép liên kết.";
      }, function () {
        status.textContent = "Không sao chép được, hãy chép liên kết: " + url;
      });
    });
  });

  // Videos: the box is a link to YouTube or Facebook; only a click loads their player, so nothing
  // from those sites is fetched for a reader who does not watch.
  document.querySelectorAll(".video-mo[data-video]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var player = document.createElement("iframe");
      var caption = link.parentElement.querySelector("figcaption");
      player.src = link.dataset.video;
      player.title = caption ? caption.textContent : link.textContent;
      player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      player.allowFullscreen = true;
      link.replaceWith(player);
      player.focus();
    });
  });
})();
